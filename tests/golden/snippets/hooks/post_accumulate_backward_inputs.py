import torch

q = torch.tensor(1.0, requires_grad=True)
q.register_post_accumulate_grad_hook(lambda p: print("post accumulate", p.grad))
q.register_hook(lambda g: print("tensor hook", g) or g * 3)
(q * 2).backward(inputs=[q])
print(q.grad)
r = torch.tensor(2.0, requires_grad=True)
r.register_post_accumulate_grad_hook(lambda p: print("never: r is not an input"))
(q * r).backward(inputs=[q])
print(q.grad, r.grad)
