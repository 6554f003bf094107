# Regression uncertainty: total variance = mean of predicted variances + variance of predicted means
import torch

means = torch.tensor([[1.0, 2.0], [1.2, 2.5], [0.8, 1.5], [1.0, 2.0]])
variances = torch.tensor([[0.1, 0.3], [0.2, 0.2], [0.1, 0.4], [0.15, 0.3]])
aleatoric = variances.mean(0)
epistemic = means.var(0, unbiased=False)
total = aleatoric + epistemic
print(aleatoric, epistemic, total)
print(means.mean(0), total.sqrt().round(decimals=4))
