import torch
from torch.nn.utils.rnn import pad_sequence, unpad_sequence

seqs = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0]), torch.tensor([5.0, 6.0])]
print(pad_sequence(seqs, batch_first=True, padding_value=0.0))
print(pad_sequence(seqs, batch_first=True, padding_side="left"))
padded = pad_sequence(seqs)
print(padded.shape)
back = unpad_sequence(padded, torch.tensor([3, 1, 2]))
print([b.tolist() for b in back])
