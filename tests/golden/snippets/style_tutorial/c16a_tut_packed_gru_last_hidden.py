# pack_padded_sequence through a GRU: h_n holds each sequence's true last step
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

torch.manual_seed(1683)
emb = nn.Embedding(12, 3, padding_idx=0)
gru = nn.GRU(3, 4, batch_first=True)
batch = torch.tensor([[5, 2, 7, 1], [3, 9, 0, 0], [4, 0, 0, 0]])
lengths = torch.tensor([4, 2, 1])
packed = pack_padded_sequence(emb(batch), lengths, batch_first=True, enforce_sorted=True)
print(packed.batch_sizes)
out_packed, h_n = gru(packed)
out, out_lengths = pad_packed_sequence(out_packed, batch_first=True)
print(out.shape, out_lengths)
print(torch.equal(out[1, 1], h_n[0, 1]), torch.equal(out[2, 0], h_n[0, 2]))
print(out[1, 2:])
h_n.sum().backward()
print(emb.weight.grad[0], emb.weight.grad[9])
