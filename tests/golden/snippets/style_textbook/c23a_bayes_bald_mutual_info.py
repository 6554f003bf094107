# BALD: mutual information = entropy of the mean minus the mean entropy over MC samples
import torch

samples = torch.tensor([[[0.9, 0.1], [0.5, 0.5]],
                        [[0.8, 0.2], [0.1, 0.9]],
                        [[0.85, 0.15], [0.9, 0.1]]])
def entropy(p):
    return -(p * p.clamp_min(1e-12).log()).sum(-1)
mean_p = samples.mean(0)
total = entropy(mean_p)
aleatoric = entropy(samples).mean(0)
print(mean_p)
print(total, aleatoric)
print(total - aleatoric)
print((total - aleatoric).argmax().item())
