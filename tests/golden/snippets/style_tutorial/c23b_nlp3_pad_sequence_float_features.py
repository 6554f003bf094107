import torch
from torch.nn.utils.rnn import pad_sequence

frames = [torch.ones(2, 3), torch.full((4, 3), 2.0), torch.zeros(1, 3)]
batch = pad_sequence(frames, batch_first=True, padding_value=-1.0)
print(batch.shape, batch[2, :, 0])
try:
    pad_sequence([torch.ones(2, 3), torch.ones(2, 4)])
except Exception as e:
    print(type(e).__name__, e)
try:
    pad_sequence(torch.ones(2, 3))
    print("tensor input ok")
except Exception as e:
    print(type(e).__name__, e)
