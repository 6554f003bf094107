# Tensors under the hood: strides, storage offsets, transposes that share storage, contiguous copies.
import torch

pts = torch.tensor([[2.0, 7.0], [1.0, 8.0], [3.0, 6.0], [0.0, 9.0]])
print(pts.stride(), pts.storage_offset(), pts.is_contiguous())
third = pts[2]
print(third, third.storage_offset(), third.stride(), third.size())
third[1] = 60.0
print(pts)
pts_t = pts.t()
print(pts_t.stride(), pts_t.is_contiguous(), pts_t.data_ptr() == pts.data_ptr())
pts_tc = pts_t.contiguous()
print(pts_tc.stride(), pts_tc.is_contiguous(), pts_tc.data_ptr() == pts.data_ptr())
cube = torch.ones(2, 3, 5)
print(cube.stride(), cube.transpose(0, 2).stride(), cube.transpose(0, 2).shape)
col = pts[:, 1]
print(col, col.stride(), col.storage_offset())
col_clone = col.clone()
col_clone.zero_()
print(pts[:, 1], len(pts.untyped_storage()))
