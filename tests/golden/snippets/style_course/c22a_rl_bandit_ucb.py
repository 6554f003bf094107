import torch

torch.manual_seed(2)
true_means = torch.tensor([0.2, 0.5, 0.8])
counts = torch.zeros(3)
values = torch.zeros(3)
for t in range(1, 31):
    if (counts == 0).any():
        a = int((counts == 0).nonzero()[0])
    else:
        ucb = values + torch.sqrt(2 * torch.log(torch.tensor(float(t))) / counts)
        a = int(ucb.argmax())
    r = float(torch.rand(()) < true_means[a])
    counts[a] += 1
    values[a] += (r - values[a]) / counts[a]
print(counts)
print(values)
