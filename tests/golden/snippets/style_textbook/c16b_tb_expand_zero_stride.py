# expand produces stride 0: no memory is copied.
import torch

row = torch.tensor([1.0, 2.0, 3.0])
big = row.expand(4, 3)
print(big.stride(), big.is_contiguous())
print(big)
rep = row.repeat(4, 1)
print(rep.stride(), rep.is_contiguous())
print(row.unsqueeze(1).expand(-1, 2))
print(row[None].expand(2, -1).contiguous().stride())
