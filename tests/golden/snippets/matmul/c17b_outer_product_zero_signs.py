# A product over k = 1: mm keeps the sign of a zero term; bmm, mv and half do not.
import torch

col = torch.tensor([[-0.0], [2.0], [0.0]])
row = torch.tensor([[1.0, -3.0]])
print(col @ row)
print(torch.mm(col.double(), row.double()))
print(torch.addmm(torch.ones(3, 2), col, row, beta=0, alpha=2))
print(torch.bmm(col[None], row[None]))
print(torch.mm(col.half(), row.half()))
print(torch.matmul(col.expand(2, 3, 1), row))
print(torch.nn.functional.linear(col, row.t()))
print(torch.mv(col, torch.tensor([5.0])), torch.mm(col[:1], row))
