# Course data prep: category strings mapped through a vocabulary dict, torch.unique with inverse and counts,
# one_hot, inverse-frequency class weights fed to cross_entropy.
import torch
import torch.nn.functional as F

raw = ["tulip", "rose", "tulip", "daisy", "rose", "tulip", "lily"]
vocab = {name: i for i, name in enumerate(dict.fromkeys(raw))}
codes = torch.tensor([vocab[n] for n in raw])
print(vocab, codes)
values, inverse, freq = torch.unique(codes, return_inverse=True, return_counts=True)
print(values, inverse, freq)
hot = F.one_hot(codes, num_classes=len(vocab))
print(hot, hot.dtype, hot.sum(0))
inv_freq = freq.numel() / freq.float()
inv_freq = inv_freq / inv_freq.sum()
print(inv_freq)
print(F.cross_entropy(torch.zeros(7, 4), codes, weight=inv_freq), F.cross_entropy(torch.zeros(7, 4), codes))
print(torch.unique(torch.tensor([4, 2, 4, 1]), sorted=True), torch.tensor([4, 4, 2, 2, 4]).unique_consecutive())
