# Adafactor on float16, bfloat16 and float32 parameters, a matrix and a vector, for-loop and
# foreach (which scales the update, rounded, before adding it)
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16, torch.float32):
    for foreach in (False, True):
        w = torch.nn.Parameter(torch.randn(5, 9).to(dtype))
        b = torch.nn.Parameter(torch.randn(9).to(dtype))
        opt = torch.optim.Adafactor([w, b], lr=0.01, weight_decay=0.01, foreach=foreach)
        for step in range(4):
            w.grad, b.grad = torch.randn(5, 9).to(dtype), torch.randn(9).to(dtype)
            opt.step()
        print(dtype, foreach)
        print(w.detach().float().tolist())
        print(b.detach().float().tolist())
        print(opt.state[w]["row_var"].float().flatten().tolist(), opt.state[b]["variance"].float().tolist()[:4])
