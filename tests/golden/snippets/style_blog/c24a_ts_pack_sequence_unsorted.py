# pack_sequence with enforce_sorted=False keeps the original order on unpacking
import torch
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence, unpad_sequence, pad_sequence

episodes = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0]), torch.tensor([6.0])]
pk = pack_sequence(episodes, enforce_sorted=False)
print(pk.batch_sizes, pk.sorted_indices)
pad_out, lengths_out = pad_packed_sequence(pk, batch_first=True)
print(pad_out, lengths_out)
restored = unpad_sequence(pad_sequence(episodes, batch_first=True), torch.tensor([2, 3, 1]), batch_first=True)
print(restored)
print(pk.data)
