# Q: masks for attention: tril, triu, diagonal
import torch

m = torch.arange(1, 10).reshape(3, 3)
print(m.tril(), m.triu(diagonal=1))
print(m.diagonal(), m.diagonal(offset=-1), m.trace())
print(torch.diag_embed(torch.tensor([1, 2])), torch.block_diag(torch.ones(1, 1), 2 * torch.ones(2, 2)))
print(torch.ones(3, 3).tril().bool())
