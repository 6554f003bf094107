import torch

# Q43. For each copy say whether a gradient reaches `src`.
src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
copies = {
    "clone()": src.clone(),
    "detach().clone()": src.detach().clone(),
    "new_tensor": src.new_tensor(src.tolist()),
    "torch.tensor(list)": torch.tensor(src.tolist()),
    "src * 1": src * 1,
}
for label, c in copies.items():
    fn = c.grad_fn.name() if c.grad_fn is not None else None
    print(f"{label:18s} requires_grad={c.requires_grad} grad_fn={fn}")
(copies["clone()"] * 2 + copies["src * 1"]).sum().backward()
print(src.grad)
