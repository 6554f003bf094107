# A grad-mode decorator on a generator function applies to every step of the generator.
import torch

w = torch.tensor([1.0], requires_grad=True)

@torch.no_grad()
def steps(t, n):
    for _ in range(n):
        t = t * 2
        got = yield t.requires_grad
        print('got', got, torch.is_grad_enabled())
    return 'done'

g = steps(w, 3)
print(next(g), torch.is_grad_enabled())
print(g.send('x'))
g.close()

@torch.inference_mode()
def inf():
    yield torch.is_inference_mode_enabled()
    yield (w * 2).is_inference()

with torch.no_grad():
    print(list(inf()), torch.is_grad_enabled())
print(list(torch.enable_grad()(steps.__wrapped__)(w, 1)), steps.__name__)
print(list(steps(w, n=1)))
