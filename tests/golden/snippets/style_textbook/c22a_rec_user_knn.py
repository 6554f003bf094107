import torch

R = torch.tensor([[5., 4., 0., 0.], [4., 5., 1., 0.], [0., 1., 5., 4.]])
mask = R > 0
mean = (R * mask).sum(1) / mask.sum(1)
centered = torch.where(mask, R - mean[:, None], torch.zeros_like(R))
sim = centered @ centered.t()
norms = centered.norm(dim=1)
sim = sim / (norms[:, None] * norms[None, :])
print(mean)
print(sim)
pred = mean[0] + (sim[0, 1:] * centered[1:, 2]).sum() / sim[0, 1:].abs().sum()
print(pred)
