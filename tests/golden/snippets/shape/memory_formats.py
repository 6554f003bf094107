# Memory formats: channels_last strides through to/contiguous/clone/*_like/empty, is_contiguous per
# format, the grad_fn each copy records, Module.to(memory_format=), results of element-wise ops and
# a convolution keeping the layout, and the errors.
import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5, requires_grad=True)
cl = x.to(memory_format=torch.channels_last)
print(cl.grad_fn.name(), cl.stride(), cl.is_contiguous(), cl.is_contiguous(memory_format=torch.channels_last))
print(x.contiguous(memory_format=torch.channels_last).grad_fn.name(),
      x.clone(memory_format=torch.channels_last).grad_fn.name(),
      x.to(torch.float64, memory_format=torch.channels_last).grad_fn.name())
print(x.to(memory_format=torch.contiguous_format) is x, cl.to(memory_format=torch.channels_last) is cl,
      x.contiguous(memory_format=torch.contiguous_format) is x)
print(cl.clone().stride(), cl.clone(memory_format=torch.contiguous_format).stride(), cl.contiguous().stride())
print(torch.zeros_like(cl).stride(), torch.empty_like(cl, memory_format=torch.contiguous_format).stride(),
      torch.ones_like(x, memory_format=torch.channels_last).stride(), torch.full_like(x, 2.0).stride())
print(cl.float(memory_format=torch.contiguous_format).stride(), cl.double().stride(), x.half().stride())
print(torch.empty(2, 3, 4, 5, memory_format=torch.channels_last).stride())
print(torch.randn(2, 3, 4, 5, 6).contiguous(memory_format=torch.channels_last_3d).stride())
print((cl + 1).stride(), (cl * x).stride(), (x * cl).stride(), (cl * torch.randn(1, 3, 1, 1)).stride())
print(cl.sum(1).stride(), cl.relu().stride(), torch.sigmoid(cl).stride(), torch.exp(cl).stride())
print(torch.equal(x, cl), (cl - x).abs().max().item())
conv = torch.nn.Conv2d(3, 2, 3)
print(conv(cl).stride(), conv(x).stride())
conv = conv.to(memory_format=torch.channels_last)
print(conv.weight.stride(), conv.bias.stride(), conv(x).stride())
print(cl.reshape(2, -1).stride(), cl.permute(0, 2, 3, 1).is_contiguous())
g = torch.randn_like(cl)
print(g.stride(), g.flatten()[:6].tolist())
r = torch.rand_like(x, memory_format=torch.channels_last)
print(r.stride(), r.flatten()[:6].tolist())
# Size-1 dims: a single-channel image, 1x1 maps; to() copies unless the layout is already suggested.
for shape in [(2, 1, 28, 28), (1, 3, 4, 4), (2, 1, 4, 1), (1, 3, 1, 1), (4, 3, 1, 5)]:
    t = torch.randn(*shape)
    c = t.to(memory_format=torch.channels_last)
    print(shape, c.stride(), c is t, c.is_contiguous(), c.is_contiguous(memory_format=torch.channels_last),
          torch.empty(*shape, memory_format=torch.channels_last).stride(), (c + 1).stride(), c.exp().stride())
    print((c + c).stride(), (c + t).stride(), (c * torch.ones(shape[-1])).stride())
mono = torch.nn.Conv2d(1, 4, 3).to(memory_format=torch.channels_last)
print(mono.weight.stride(), mono(torch.randn(2, 1, 8, 8).to(memory_format=torch.channels_last)).stride())
print(type(torch.channels_last), torch.channels_last, torch.contiguous_format, torch.preserve_format,
      torch.channels_last_3d, torch.channels_last == torch.channels_last)
for bad in (lambda: torch.randn(2, 3, 4).contiguous(memory_format=torch.channels_last),
            lambda: x.is_contiguous(memory_format="channels_last"),
            lambda: torch.empty(2, 3, memory_format=torch.channels_last),
            lambda: torch.empty(2, 3, 4, 5, memory_format=torch.preserve_format),
            lambda: x.contiguous(memory_format=torch.preserve_format).stride(),
            lambda: x.transpose(1, 2).contiguous(memory_format=torch.preserve_format),
            lambda: cl.view(2, -1)):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
# A single-output-channel convolution's result is plainly contiguous, so *_like draws as for one.
mono_out = torch.nn.functional.conv2d(torch.randn(8, 1, 6, 6), torch.randn(1, 1, 3, 3))
print(mono_out.stride(), torch.randn_like(mono_out).sum().item(), torch.zeros_like(mono_out).stride())
