import torch
import torch.nn as nn

# fused=True runs PyTorch's fused CPU kernels: a few elements round differently from the default path
torch.manual_seed(0)
X, y = torch.randn(32, 7), torch.randn(32, 3)
for name, make in [("Adam", lambda ps: torch.optim.Adam(ps, lr=0.01, fused=True, amsgrad=True, weight_decay=0.01)),
                   ("AdamW", lambda ps: torch.optim.AdamW(ps, lr=0.01, fused=True, betas=(0.3, 0.95))),
                   ("SGD", lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, nesterov=True, fused=True)),
                   ("SGD-damp", lambda ps: torch.optim.SGD(ps, lr=0.05, momentum=0.5, dampening=0.2,
                                                           weight_decay=1e-3, fused=True))]:
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(7, 13), nn.Tanh(), nn.Linear(13, 3))
    opt = make(model.parameters())
    for _ in range(6):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), y)
        loss.backward()
        opt.step()
    print(name, loss.item(), model[0].bias.tolist()[-5:], model[2].weight.view(-1).tolist()[-3:])
