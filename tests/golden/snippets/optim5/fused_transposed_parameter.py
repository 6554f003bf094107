import torch
import torch.nn as nn

# A weight stored transposed (as in a tied decoder) stepped by the fused CPU kernels
torch.manual_seed(0)
X, Y = torch.randn(16, 5), torch.randn(16, 7)
for name in ["Adam", "AdamW", "SGD"]:
    torch.manual_seed(1)
    W = nn.Parameter(torch.randn(7, 5).t())          # shape (5, 7), strides (1, 5)
    b = nn.Parameter(torch.zeros(7))
    kwargs = {"momentum": 0.9} if name == "SGD" else {"weight_decay": 0.01}
    opt = getattr(torch.optim, name)([W, b], lr=0.05, fused=True, **kwargs)
    for step in range(5):
        opt.zero_grad()
        loss = ((X @ W + b - Y) ** 2).mean()
        loss.backward()
        opt.step()
    print(name, W.is_contiguous(), W.grad.stride(), loss.item())
    print(W[:, -1].tolist())
    if name != "SGD":
        print(opt.state[W]["exp_avg"].stride())
    else:
        print(opt.state[W]["momentum_buffer"].stride())
