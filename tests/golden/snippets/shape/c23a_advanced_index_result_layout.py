# Advanced indexing and index_select copy into a contiguous result when the input is contiguous
import torch

w3 = torch.arange(24.0).reshape(2, 3, 4)
k = torch.tensor([0, 2])
for r in (w3[:, k], w3[:, :, k], w3[k, :, k], w3[:, k, k], w3[..., k], w3[:, [[0, 1], [1, 0]]],
          w3[:, torch.tensor([True, False, True])], w3[:, :, torch.tensor([[0], [1]])],
          w3.index_select(2, k), w3.index_select(1, k), w3.transpose(0, 1).index_select(2, k)):
    print(tuple(r.shape), r.stride(), r.is_contiguous())
lin_w = torch.arange(10.0).reshape(2, 5)
print(lin_w[:, torch.tensor([0, 2, 3])].is_contiguous(), lin_w.index_select(0, torch.tensor(1)).shape)
