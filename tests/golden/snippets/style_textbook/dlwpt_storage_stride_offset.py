# Tensors as views over storage: offsets, strides, a transposed view, and contiguity.
import torch

points = torch.tensor([[4.0, 1.0], [5.0, 3.0], [2.0, 1.0]])
second_point = points[1]
print(second_point.storage_offset())
print(second_point.size(), second_point.shape)
print(points.stride(), second_point.stride())
points_t = points.t()
print(points_t)
print(points.untyped_storage().data_ptr() == points_t.untyped_storage().data_ptr(), points.data_ptr() == points_t.data_ptr())
print(points_t.stride(), points.is_contiguous(), points_t.is_contiguous())
points_t_cont = points_t.contiguous()
print(points_t_cont.stride(), points_t_cont.is_contiguous())
some_t = torch.ones(3, 4, 5)
transpose_t = some_t.transpose(0, 2)
print(some_t.shape, transpose_t.shape, some_t.stride(), transpose_t.stride())
second_point = points[1].clone()
second_point[0] = 10.0
print(points)
points[1][0] = 10.0
print(points[1], points.untyped_storage().nbytes(), points.element_size())
