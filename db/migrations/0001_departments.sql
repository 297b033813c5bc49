-- The originating departments of DESIGN.md. Reference data, not demo data: every database has them.
INSERT INTO `departments` (`id`, `slug`, `name`, `description`, `is_upstream`, `sort_order`) VALUES
  (1, 'manufacturing', 'Manufacturing', 'Parts made or assembled out of specification.', 1, 1),
  (2, 'engineering', 'Engineering', 'Design, drawings, specifications and documentation.', 1, 2),
  (3, 'order-entry', 'Quotations & order entry', 'Quotes, order entry, pricing and configuration.', 1, 3),
  (4, 'warehouse', 'Warehouse & shipping', 'Picking, packing and shipping.', 1, 4),
  (5, 'installation', 'Installation', 'Installation and field service.', 1, 5),
  (6, 'vendor', 'Vendors & carriers', 'External suppliers and carriers.', 1, 6),
  (7, 'customer-service', 'Customer service', 'The contact center itself: information, promises, follow-up.', 0, 7),
  (8, 'unknown', 'Unknown origin', 'Investigated, origin not found.', 0, 8);
