# pad_sequence with padding values and batch_first
import torch
from torch.nn.utils.rnn import pad_sequence

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0])
c = torch.tensor([5.0, 6.0])
print(pad_sequence([a, b, c]))
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1.0))
print(pad_sequence([a, b, c], batch_first=True, padding_side='left'))
lengths = torch.tensor([len(s) for s in [a, b, c]])
mask = torch.arange(3)[None, :] < lengths[:, None]
print(mask)
print(pad_sequence([a.view(-1, 1), b.view(-1, 1)], batch_first=True).shape)
