# GradScaler with 16-bit parameters: unscaling float16 gradients for a non-fused optimizer is refused
# (before any gradient is touched), bfloat16 ones are unscaled, a fused optimizer unscales in its kernel
import torch

for dtype, fused in ((torch.float16, None), (torch.bfloat16, None), (torch.float16, True)):
    torch.manual_seed(0)
    first = torch.nn.Parameter(torch.randn(3))
    w = torch.nn.Parameter(torch.randn(20).to(dtype))
    opt = torch.optim.Adam([first, w], lr=0.01, fused=fused)
    scaler = torch.amp.GradScaler("cpu", init_scale=64.0)
    for step in range(3):
        opt.zero_grad()
        loss = (first.sum() + (w * w).float().sum()) / 10
        scaler.scale(loss).backward()
        try:
            scaler.step(opt)
        except ValueError as e:
            print(type(e).__name__, e, first.grad.tolist())
            break
        scaler.update()
    print(dtype, fused, w.detach().float().tolist(), scaler.get_scale())
