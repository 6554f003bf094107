import torch

# "view size is not compatible" after swapping the time and batch axes
seq_first = torch.arange(24).view(4, 2, 3)
batch_first = seq_first.transpose(0, 1)
print(batch_first.shape, batch_first.stride(), batch_first.is_contiguous())
try:
    batch_first.view(2, 12)
except RuntimeError as e:
    print(e)
print(batch_first.reshape(2, 12)[1, :5])
print(batch_first.contiguous().stride())
try:
    seq_first.view(7, -1)
except RuntimeError as e:
    print(e)
