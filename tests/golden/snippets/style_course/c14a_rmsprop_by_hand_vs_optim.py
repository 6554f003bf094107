# Optimizers lecture: RMSprop written out by hand (square_avg, alpha, eps) against torch.optim.RMSprop.
import torch

torch.manual_seed(21)
target = torch.tensor([1.0, -2.0, 0.5])
w_torch = torch.zeros(3, requires_grad=True)
w_hand = torch.zeros(3)
sq = torch.zeros(3)
opt = torch.optim.RMSprop([w_torch], lr=0.01, alpha=0.9, eps=1e-8)
for step in range(5):
    opt.zero_grad()
    loss = ((w_torch - target) ** 2).sum()
    loss.backward()
    opt.step()
    g = 2 * (w_hand - target)
    sq = 0.9 * sq + 0.1 * g * g
    w_hand = w_hand - 0.01 * g / (sq.sqrt() + 1e-8)
    print(step, loss.item(), w_torch.detach(), w_hand)
print(torch.equal(w_torch.detach(), w_hand), (w_torch - w_hand).abs().max().item())
mom = torch.optim.RMSprop([torch.ones(2, requires_grad=True)], lr=0.1, momentum=0.9, centered=True)
print(mom.defaults)
