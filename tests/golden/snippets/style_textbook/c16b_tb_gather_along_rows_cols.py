# gather picks one element per position along a dimension.
import torch

src = torch.tensor([[10, 11, 12], [20, 21, 22]])
idx_cols = torch.tensor([[2, 0], [1, 1]])
print(torch.gather(src, 1, idx_cols))
idx_rows = torch.tensor([[1, 0, 1]])
print(src.gather(0, idx_rows))
print(src.gather(1, torch.tensor([[0], [2]])).squeeze(1))
print(torch.take(src, torch.tensor([0, 5, 3])))
