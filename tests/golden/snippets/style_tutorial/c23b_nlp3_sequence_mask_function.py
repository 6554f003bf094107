import torch

def sequence_mask(lengths, maxlen=None, dtype=torch.bool):
    maxlen = maxlen or int(lengths.max())
    row = torch.arange(maxlen, device=lengths.device)
    return (row[None, :] < lengths[:, None]).to(dtype)

lens = torch.tensor([1, 3, 2])
print(sequence_mask(lens))
print(sequence_mask(lens, 5, torch.float32))
print(sequence_mask(torch.tensor([0, 2])).sum(1))
