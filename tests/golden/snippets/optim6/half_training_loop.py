# A small float16 (and bfloat16) network trained with momentum SGD and with Adam: the backward of
# tanh and sigmoid computes in float and rounds once, as do the optimizer's ops
import torch

for dtype in (torch.float16, torch.bfloat16):
    for make in (lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9), lambda ps: torch.optim.Adam(ps, lr=0.01, eps=1e-4)):
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(4, 6), torch.nn.Tanh(), torch.nn.Linear(6, 1),
                                    torch.nn.Sigmoid()).to(dtype)
        x, y = torch.randn(8, 4).to(dtype), torch.rand(8, 1).to(dtype)
        opt = make(model.parameters())
        for step in range(5):
            opt.zero_grad()
            loss = ((model(x) - y) ** 2).mean()
            loss.backward()
            opt.step()
            print(step, loss.item())
        print(type(opt).__name__, dtype, [p.detach().float().flatten().tolist() for p in model.parameters()])
