# A half-precision model trained with the fused Adam and AdamW kernels on the CPU.
import torch
import torch.nn as nn

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    model = nn.Linear(20, 3).to(dtype)
    x = torch.randn(8, 20).to(dtype)
    y = torch.randn(8, 3).to(dtype)
    for opt_class in (torch.optim.Adam, torch.optim.AdamW):
        opt = opt_class(model.parameters(), lr=0.01, weight_decay=0.01, amsgrad=opt_class is torch.optim.AdamW,
                        fused=True)
        for step in range(4):
            opt.zero_grad()
            loss = ((model(x) - y) ** 2).mean()
            loss.backward()
            opt.step()
        print(dtype, opt_class.__name__, loss.item())
        print(model.weight[0, :6])
        print(model.bias)
        print(opt.state[model.weight]["exp_avg_sq"][1, :4], opt.state[model.bias]["step"])

