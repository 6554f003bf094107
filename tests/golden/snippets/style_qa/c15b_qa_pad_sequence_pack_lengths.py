# Q: variable-length sequences: pad_sequence, then pack_padded_sequence for an RNN.
import torch
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence

seqs = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0])]
padded = pad_sequence(seqs, batch_first=True, padding_value=-1.0)
print(padded)
lengths = torch.tensor([len(s) for s in seqs])
packed = pack_padded_sequence(padded.unsqueeze(-1), lengths, batch_first=True, enforce_sorted=False)
print(packed.batch_sizes, packed.sorted_indices)
torch.manual_seed(42)
rnn = torch.nn.RNN(1, 2, batch_first=True)
out, h = rnn(packed)
unpacked, lens = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, lens, h.shape)
print(torch.allclose(unpacked[1, 0], h[0, 1]))
