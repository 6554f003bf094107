import torch
from torch.nn.utils.rnn import pad_sequence

sentences = [[12, 7, 3, 2], [9, 2], [4, 4, 2]]
as_tensors = [torch.tensor(s) for s in sentences]
time_major = pad_sequence(as_tensors, padding_value=-1)
print(time_major.shape, time_major[:, 1])
batch_major = pad_sequence(as_tensors, batch_first=True, padding_value=1)
print(batch_major)
left = pad_sequence(as_tensors, batch_first=True, padding_side="left")
print(left[1], (left != 0).sum(1))
try:
    pad_sequence(as_tensors, padding_side="middle")
except Exception as e:
    print(type(e).__name__, e)
