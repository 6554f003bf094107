import torch
from torch.nn.utils.rnn import pad_sequence

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([4.0])
c = torch.tensor([5.0, 6.0])
padded = pad_sequence([a, b, c])
print(padded, padded.grad_fn)
print(pad_sequence([a.detach(), b, c], batch_first=True, padding_value=-1))
print(pad_sequence([a.detach(), b, c], batch_first=True, padding_side="left"))
print(pad_sequence([torch.ones(2, 2), torch.zeros(1, 2)]).shape)
padded.sum().backward()
print(a.grad)
