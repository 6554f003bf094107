"""Short docstrings, in our own words, for the tensor methods a learner most often asks ``help()``
about (PyTorch's own texts are theirs: not copied). Each starts with the call's form, as PyTorch's
do, so ``help(t.size)`` reads like the real thing."""
from __future__ import annotations

DOCS = {
    "size": "size(dim=None) -> torch.Size or int\n\nThe tensor's shape as a torch.Size (a tuple), or the length "
            "of dimension ``dim`` when one is given; ``t.size()`` is ``t.shape``.",
    "dim": "dim() -> int\n\nHow many dimensions the tensor has (0 for a scalar tensor); also ``t.ndim``.",
    "numel": "numel() -> int\n\nHow many elements the tensor holds: the product of its sizes.",
    "item": "item() -> number\n\nThe value of a one-element tensor as a Python number (float, int or bool).",
    "tolist": "tolist() -> list or number\n\nThe tensor's values as nested Python lists of Python numbers "
              "(a number for a scalar tensor).",
    "t": "t() -> Tensor\n\nA 2-D tensor with its two dimensions swapped (a view); 0-D and 1-D tensors come back "
         "as they are.",
    "float": "float(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.float32)``.",
    "double": "double(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.float64)``.",
    "half": "half(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.float16)``.",
    "long": "long(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.int64)``.",
    "int": "int(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.int32)``.",
    "bool": "bool(memory_format=torch.preserve_format) -> Tensor\n\n``self.to(torch.bool)``.",
    "numpy": "numpy(*, force=False) -> numpy.ndarray\n\nA numpy array sharing the tensor's memory: writing to "
             "one changes the other. A tensor that requires grad needs ``.detach()`` first (or force=True, "
             "which copies).",
    "mean": "mean(dim=None, keepdim=False, *, dtype=None) -> Tensor\n\nThe average of all elements, or along "
            "``dim`` (kept as size 1 with keepdim=True). Needs a floating point tensor.",
    "sum": "sum(dim=None, keepdim=False, dtype=None) -> Tensor\n\nThe total of all elements, or along ``dim`` "
           "(kept as size 1 with keepdim=True).",
    "max": "max(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)\n\nThe largest element; along ``dim``, "
           "a named tuple of the largest values and where they are; ``max(other)`` is torch.maximum.",
    "min": "min(dim=None, keepdim=False) -> Tensor or (Tensor, Tensor)\n\nThe smallest element; along ``dim``, "
           "a named tuple of the smallest values and where they are; ``min(other)`` is torch.minimum.",
    "argmax": "argmax(dim=None, keepdim=False) -> LongTensor\n\nWhere the largest element is: an index into the "
              "flattened tensor, or indices along ``dim``.",
    "abs": "abs() -> Tensor\n\nEach element's absolute value.",
    "detach": "detach() -> Tensor\n\nThe same values (shared memory) without a history: it does not require "
              "grad, and no gradient flows back through it.",
    "clone": "clone(*, memory_format=torch.preserve_format) -> Tensor\n\nA copy with its own memory; the copy "
             "stays in the graph (CloneBackward0), so gradients flow back to the original.",
    "zero_": "zero_() -> Tensor\n\nFills the tensor with zeros in place and returns it (``p.grad.zero_()``).",
    "view": "view(*shape) -> Tensor\n\nThe same memory seen with another shape (one size may be -1: inferred). "
            "The memory must be laid out to allow it; reshape copies when it is not.",
    "reshape": "reshape(*shape) -> Tensor\n\nThe tensor with another shape (one size may be -1: inferred): a view "
               "when the memory allows, else a copy.",
    "to": "to(*args, **kwargs) -> Tensor\n\nThe tensor converted to another dtype (or device: "
          "``t.to(torch.float64)``, ``t.to('cpu')``, ``t.to(other)``); itself when nothing changes.",
    "cpu": "cpu(memory_format=torch.preserve_format) -> Tensor\n\nThe tensor on the CPU (itself when it is "
           "there already).",
    "type": "type(dtype=None, non_blocking=False, **kwargs) -> str or Tensor\n\nWithout an argument, the "
            "tensor's type name ('torch.FloatTensor'); with one, the tensor converted to that type.",
    "requires_grad_": "requires_grad_(requires_grad=True) -> Tensor\n\nSwitches gradient recording on (or off) "
                      "for this leaf tensor, in place, and returns it.",
    "retain_grad": "retain_grad() -> None\n\nKeeps ``.grad`` for this non-leaf tensor after backward (only "
                   "leaves keep theirs otherwise).",
    "detach_": "detach_() -> Tensor\n\nCuts this tensor from its history in place: it becomes a leaf that "
               "does not require grad.",
    "contiguous": "contiguous(memory_format=torch.contiguous_format) -> Tensor\n\nThe tensor with its elements "
                  "in row-major order in memory: itself when they are, else a copy.",
    "backward": "backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)\n\nComputes the "
                "gradient of this tensor with respect to the graph's leaves and adds it to their ``.grad``. "
                "A tensor with more than one element needs ``gradient`` (the vector of the vector-Jacobian "
                "product).",
}
