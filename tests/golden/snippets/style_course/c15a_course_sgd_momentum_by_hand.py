# fast.ai-style: SGD with momentum written by hand, matched step by step against optim.SGD
import torch

torch.manual_seed(4)
target = torch.tensor([3.0, -1.0])
w_mine = torch.zeros(2, requires_grad=True)
w_ref = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w_ref], lr=0.1, momentum=0.9, dampening=0.0, weight_decay=0.01)
buf = None
for step in range(5):
    for w in (w_mine, w_ref):
        w.grad = None
        ((w - target) ** 2).sum().backward()
    with torch.no_grad():
        d_p = w_mine.grad + 0.01 * w_mine
        buf = d_p.clone() if buf is None else buf * 0.9 + d_p
        w_mine -= 0.1 * buf
    opt.step()
    print(step, w_mine.tolist(), w_ref.tolist(), torch.equal(w_mine, w_ref))
print(opt.state[w_ref]["momentum_buffer"], buf)
