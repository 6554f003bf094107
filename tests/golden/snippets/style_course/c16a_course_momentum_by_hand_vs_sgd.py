# SGD with momentum written as v = mu*v + g; w -= lr*v, compared with optim.SGD
import torch

torch.manual_seed(1661)
A = torch.randn(6, 2)
b = torch.randn(6)
w_ref = torch.zeros(2, requires_grad=True)
w_hand = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w_ref], lr=0.05, momentum=0.9)
v = torch.zeros(2)
for step in range(5):
    opt.zero_grad()
    loss_ref = ((A @ w_ref - b) ** 2).mean()
    loss_ref.backward()
    opt.step()
    loss_hand = ((A @ w_hand - b) ** 2).mean()
    (g,) = torch.autograd.grad(loss_hand, w_hand)
    with torch.no_grad():
        v = 0.9 * v + g
        w_hand -= 0.05 * v
    print(step, loss_ref.item(), loss_hand.item(), torch.equal(w_ref, w_hand))
print(opt.state[w_ref]["momentum_buffer"], v)
