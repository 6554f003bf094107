# Lecture: SGD with momentum keeps a buffer; compare with by-hand update.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=False)
buf = None
w_hand = w.detach().clone()
for i in range(3):
    opt.zero_grad()
    loss = (w ** 2).sum() + w[0] * w[1]
    loss.backward()
    g = w.grad.clone()
    buf = g if buf is None else 0.9 * buf + g
    w_hand = w_hand - 0.1 * buf
    opt.step()
    print(i, w.detach(), w_hand)
print(opt.state[w]["momentum_buffer"])
print(opt.state_dict()["state"][0]["momentum_buffer"])
print(torch.equal(w.detach(), w_hand))
