# GradScaler on the CPU refuses a second unscale_() or step() before update(), as PyTorch does.
import torch
torch.manual_seed(0)
model = torch.nn.Linear(3, 1); opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
loss = model(torch.randn(4, 3)).pow(2).mean()
scaler.scale(loss).backward()
scaler.unscale_(opt)
for f in [lambda: scaler.unscale_(opt), lambda: scaler.step(opt), lambda: scaler.step(opt), lambda: scaler.unscale_(opt)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
scaler.update()
print(scaler.get_scale(), model.weight)
scaler.scale(model(torch.randn(4, 3)).pow(2).mean()).backward()
print(scaler.step(opt)); scaler.update(); print(scaler.get_scale(), model.bias)
