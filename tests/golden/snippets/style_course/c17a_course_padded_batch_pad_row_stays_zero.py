# Pad variable-length token lists, train a step with Adam: the padding row stays zero
import torch
from torch import nn
from torch.nn.utils.rnn import pad_sequence

seqs = [torch.tensor([3, 1, 4]), torch.tensor([2]), torch.tensor([5, 5])]
padded = pad_sequence(seqs, batch_first=True, padding_value=0)
lengths = torch.tensor([len(s) for s in seqs])
print(padded, lengths)
torch.manual_seed(14)
table = nn.Embedding(6, 2, padding_idx=0)
clf = nn.Linear(2, 2)
opt = torch.optim.Adam([*table.parameters(), *clf.parameters()], lr=0.1)
pooled = table(padded).sum(dim=1) / lengths.unsqueeze(1)
loss = nn.functional.cross_entropy(clf(pooled), torch.tensor([1, 0, 1]))
opt.zero_grad(); loss.backward(); opt.step()
print(table.weight.grad[0], table.weight[0], table.padding_idx)
print(nn.Embedding(6, 2, padding_idx=-1).padding_idx)
