import torch
from torch.nn.utils.rnn import pad_sequence, unpad_sequence, pack_sequence, unpack_sequence

seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
padded = pad_sequence(seqs, batch_first=True)
lengths = torch.tensor([3, 1, 2])
back = unpad_sequence(padded, lengths, batch_first=True)
print(back)
packed = pack_sequence(seqs, enforce_sorted=False)
print(unpack_sequence(packed))
print(all(torch.equal(a, b) for a, b in zip(seqs, unpack_sequence(packed))))
