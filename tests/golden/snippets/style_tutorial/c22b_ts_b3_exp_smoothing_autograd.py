import torch

y = torch.tensor([3.0, 4.0, 3.5, 5.0, 6.0, 5.5, 7.0, 8.0])
raw_alpha = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.Adam([raw_alpha], lr=0.1)
for it in range(40):
    alpha = torch.sigmoid(raw_alpha)
    level = y[0]
    errs = []
    for t in range(1, len(y)):
        errs.append(y[t] - level)
        level = alpha * y[t] + (1 - alpha) * level
    sse = torch.stack(errs).pow(2).sum()
    opt.zero_grad()
    sse.backward()
    opt.step()
print(f"alpha={torch.sigmoid(raw_alpha).item():.4f} sse={sse.item():.4f}")
