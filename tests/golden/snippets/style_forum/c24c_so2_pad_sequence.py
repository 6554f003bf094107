# Q: batching variable-length sequences
import torch
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence

sentences = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
batch = pad_sequence(sentences, batch_first=True)
print(batch)
print(pad_sequence(sentences, padding_value=-1))
lens = torch.tensor([len(sent) for sent in sentences])
pk = pack_padded_sequence(batch.float(), lens, batch_first=True, enforce_sorted=False)
print(pk.data, pk.batch_sizes)
