# original WGAN: RMSprop step then clamp the critic's weights
import torch
torch.manual_seed(1)
D = torch.nn.Linear(3, 1)
opt = torch.optim.RMSprop(D.parameters(), lr=5e-3)
real, fake = torch.randn(5, 3) + 1, torch.randn(5, 3)
for _ in range(3):
    opt.zero_grad()
    loss = -(D(real).mean() - D(fake).mean())
    loss.backward()
    opt.step()
    for p in D.parameters():
        p.data.clamp_(-0.01, 0.01)
print(loss.item())
print(D.weight.data, D.bias.data)
