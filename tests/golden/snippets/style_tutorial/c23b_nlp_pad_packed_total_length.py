import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(10)
rnn = nn.RNN(1, 2, batch_first=True)
x = torch.randn(3, 5, 1)
lengths = [5, 3, 2]
packed = pack_padded_sequence(x, lengths, batch_first=True)
out, h = rnn(packed)
padded, lens = pad_packed_sequence(out, batch_first=True)
print(padded.shape, lens)
padded7, _ = pad_packed_sequence(out, batch_first=True, total_length=7, padding_value=-1.0)
print(padded7.shape, padded7[2, 2:, 0])
try:
    pad_packed_sequence(out, batch_first=True, total_length=4)
except Exception as e:
    print(type(e).__name__, str(e)[:80])
