# Q: argmax on a 2-D tensor returns one number. How do I get the row and column?
import torch

m = torch.tensor([[1, 7, 3], [7, 2, 7]])
flat = m.argmax()
print(flat, flat.dtype, flat.shape)
print(torch.unravel_index(flat, m.shape))
print(divmod(flat.item(), m.shape[1]))
print(m.argmax(dim=0), m.argmax(dim=1), m.argmax(dim=1, keepdim=True))
print((m == m.max()).nonzero())
print(torch.argmax(torch.tensor([2.0, 2.0, 1.0])), torch.argmin(torch.tensor([0, -1, -1])))
