# looking up rows of a plain table with batched indices inside vmap
import torch
from torch.func import vmap

table = torch.arange(12.).reshape(4, 3)       # e.g. an embedding matrix
token = torch.tensor([2, 0, 3])
pairs = torch.tensor([[0, 1], [3, 3], [2, 1]])

print(vmap(lambda i: table[i])(token))
print(vmap(lambda ij: table[ij])(pairs))
print(vmap(lambda ij: table[ij[0], ij[1] % 3])(pairs))
print(vmap(lambda i: table.index_select(0, i))(pairs))
print(vmap(lambda i: torch.gather(table, 1, i.expand(4, 1)))(token.unsqueeze(1) % 3))
logits = torch.tensor([[0.2, 1.0, -0.5], [1.5, 0.1, 0.0], [0.3, 0.3, 0.9]])
labels = torch.tensor([1, 0, 2])
print(vmap(lambda l, y: -torch.log_softmax(l, 0)[y])(logits, labels))
try:
    vmap(lambda ij: table[0, :ij[0]])(pairs)  # a batched slice bound
except RuntimeError as e:
    print(e)
