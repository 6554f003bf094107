import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0, growth_interval=2)
for i in range(3):
    opt.zero_grad()
    loss = (w ** 2).sum()
    scaler.scale(loss).backward()
    print(i, w.grad)
    scaler.step(opt)
    scaler.update()
    print(scaler.get_scale(), w.detach())
