# Q: batching variable-length sequences
import torch
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence

seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
padded = pad_sequence(seqs, batch_first=True)
print(padded)
print(pad_sequence(seqs, padding_value=-1))
lengths = torch.tensor([len(s) for s in seqs])
packed = pack_padded_sequence(padded.float(), lengths, batch_first=True, enforce_sorted=False)
print(packed.data, packed.batch_sizes)
