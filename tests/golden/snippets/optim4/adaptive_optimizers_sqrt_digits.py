# Adam, AdamW, Adagrad, RMSprop and Adadelta divide by a float32 sqrt (MKL's, not correctly
# rounded), so their parameters after a few steps show it in the last digits.
import torch

for name in ["Adam", "AdamW", "Adagrad", "RMSprop", "Adadelta", "NAdam", "RAdam"]:
    torch.manual_seed(1)
    w = torch.randn(64, requires_grad=True)
    target = torch.randn(64)
    opt = getattr(torch.optim, name)([w], lr=0.05)
    for _ in range(8):
        loss = ((w - target) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(name, repr(loss.item()), w[:4].tolist(), w.sum().item())
