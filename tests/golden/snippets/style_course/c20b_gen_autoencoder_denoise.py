# denoising autoencoder: a few training steps
import torch
import torch.nn as nn

torch.manual_seed(22)
ae = nn.Sequential(nn.Linear(10, 3), nn.ReLU(), nn.Linear(3, 10))
opt = torch.optim.SGD(ae.parameters(), lr=0.1, momentum=0.9)
clean = torch.sin(torch.linspace(0, 3, 10)).repeat(8, 1)
for step in range(5):
    noisy = clean + 0.1 * torch.randn_like(clean)
    loss = nn.functional.mse_loss(ae(noisy), clean)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.6f}")
