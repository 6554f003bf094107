# Variable-length batches: pad_sequence, pack_padded_sequence and a bidirectional LSTM
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

torch.manual_seed(60)
sentences = [torch.randn(4, 2), torch.randn(2, 2), torch.randn(3, 2)]
lens = torch.tensor(list(map(len, sentences)))
batch = pad_sequence(sentences, batch_first=True, padding_value=-1.0)
print(batch.shape, lens, batch[1, -1])
packed = pack_padded_sequence(batch, lens, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
lstm = nn.LSTM(2, 3, batch_first=True, bidirectional=True)
out, (h, c) = lstm(packed)
unpacked, out_lens = pad_packed_sequence(out, batch_first=True, padding_value=0.5)
print(unpacked.shape, out_lens, h.shape)
print(unpacked[1, :3])
print(torch.allclose(unpacked[0, -1, :3], h[0, 0]), torch.allclose(unpacked[0, 0, 3:], h[1, 0]))
